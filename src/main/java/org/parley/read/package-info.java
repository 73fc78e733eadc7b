/**
 * The pages analysts read, one sub-package per record, each page's controller beside its
 * reader; nothing outside depends on it.
 */
package org.parley.read;
