package org.parley.source;

/** Whether a citation backs a claim or contradicts it. */
public enum Bearing {

	SUPPORTS, DISPUTES

}
