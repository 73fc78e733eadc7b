package org.parley.negotiation;

/** The part a party plays in one negotiation. */
public enum PartyRole {

	PARTY, MEDIATOR, OBSERVER, GUARANTOR

}
