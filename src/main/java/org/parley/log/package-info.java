/**
 * The quick log: a round, the proposals it discussed and the positions reported there,
 * all cited to one report, entered on one form and saved in one transaction. Nothing
 * depends on this feature.
 */
package org.parley.log;
