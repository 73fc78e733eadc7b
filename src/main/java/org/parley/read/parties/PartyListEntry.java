package org.parley.read.parties;

/**
 * A party as {@code /parties} shows it.
 *
 * @param id its id
 * @param name its name
 * @param shortName its short name, or {@code null}
 * @param kind what sort of actor it is (a {@code PartyKind} name)
 * @param countryCode its country code, or {@code null}
 * @param positions how many positions it has on record
 */
public record PartyListEntry(long id, String name, String shortName, String kind, String countryCode, long positions) {
}
