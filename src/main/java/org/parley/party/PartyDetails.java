package org.parley.party;

/** What an editor sets on a party. */
public record PartyDetails(String name, String shortName, PartyKind kind, String countryCode) {
}
