package org.parley.position;

/**
 * What an argument on a position argues from, coded as peace-process coding schemes (PA-X
 * among them) name the grounds parties give. Each is described in the codebook
 * ({@code codebook.code.ArgumentKind.*}) and shown in words on the pages
 * ({@code position.argumentKind.*}).
 */
public enum ArgumentKind {

	/**
	 * Whether the proposal can work at all ("does not believe the project is workable").
	 */
	FEASIBILITY,

	/** What the proposal would bring about ("would still require troops to withdraw"). */
	CONSEQUENCE,

	/** A demand or a precondition the party sets before anything else. */
	PRECONDITION,

	/** A precedent or an analogy drawn, or warned against (the Korean DMZ). */
	PRECEDENT,

	/**
	 * Whether the proposal, its authors or a party have the right to it: law, mandate,
	 * fairness.
	 */
	LEGITIMACY,

	/** Military safety of a party or its people: forces, lines, guarantees. */
	SECURITY,

	/** Territorial integrity, who governs a territory, independence. */
	SOVEREIGNTY,

	/** Civilians, prisoners, displaced people, human rights. */
	HUMANITARIAN,

	/** Costs, trade, resources, reconstruction. */
	ECONOMIC,

	/** None of the above. */
	OTHER

}
