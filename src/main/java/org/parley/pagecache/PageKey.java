package org.parley.pagecache;

/**
 * What a kept page is found by: its reader (name, roles and cookies, so their session),
 * its address with the query, and what the reader accepts (format and language).
 */
record PageKey(String reader, String address, String accepts) {

}
