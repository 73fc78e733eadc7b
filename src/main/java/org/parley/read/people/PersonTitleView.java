package org.parley.read.people;

import java.time.LocalDate;

import org.parley.source.Evidence;

/** A post a person held as of a date, as their page shows it, with its reports. */
public record PersonTitleView(long id, String title, LocalDate heldOn, Evidence evidence) {
}
