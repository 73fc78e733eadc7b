/**
 * Rendered pages kept for repeated reads, each until the record changes.
 */
package org.parley.pagecache;
