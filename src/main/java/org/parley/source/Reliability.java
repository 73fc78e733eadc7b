package org.parley.source;

/** Source reliability on the Admiralty scale (NATO AJP-2.1). */
public enum Reliability {

	A("completely reliable"),

	B("usually reliable"),

	C("fairly reliable"),

	D("not usually reliable"),

	E("unreliable"),

	F("reliability cannot be judged");

	private final String description;

	Reliability(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
