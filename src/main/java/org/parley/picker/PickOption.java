package org.parley.picker;

/**
 * One choice in a picker.
 *
 * @param id the record's id, submitted by the form
 * @param label what the editor reads
 */
public record PickOption(long id, String label) {

}
