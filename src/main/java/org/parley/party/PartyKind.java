package org.parley.party;

/** What sort of actor a party is. */
public enum PartyKind {

	STATE, INTERNATIONAL_ORGANISATION, ARMED_GROUP, OTHER

}
