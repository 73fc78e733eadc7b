package org.parley.read.rounds;

/** A party as a link: its id for /parties/{id} and its name. */
public record PartyRef(long id, String name) {
}
