package org.parley.generator;

/**
 * How large a record to generate: scale 1 is 50 negotiations, 5,000 rounds, 50,000
 * proposals, 500,000 positions and 1,000,000 citations; every count scales linearly (with
 * at least one of each, and enough parties and people for every negotiation).
 *
 * @param factor the scale, e.g. {@code 0.01} or {@code 1}
 */
public record Scale(double factor) {

	public Scale {
		if (!(factor > 0) || factor > 1000) {
			throw new IllegalArgumentException("The scale must be above 0 and at most 1000, not " + factor);
		}
	}

	public long negotiations() {
		return count(50, 1);
	}

	public long parties() {
		return count(150, 5);
	}

	public long topics() {
		return count(40, 1);
	}

	public long regions() {
		return count(100, 1);
	}

	public long sources() {
		return count(200, 1);
	}

	public long people() {
		return Math.max(count(5_000, 1), parties());
	}

	public long rounds() {
		return count(5_000, negotiations());
	}

	public long proposals() {
		return count(50_000, negotiations());
	}

	public long citations() {
		return count(1_000_000, negotiations());
	}

	/** Statements per proposal: ten at any scale. */
	public long positionsPerProposal() {
		return 10;
	}

	public long positions() {
		return proposals() * positionsPerProposal();
	}

	/** Proposals discussed per round: ten at any scale. */
	public long proposalsPerRound() {
		return 10;
	}

	private long count(long atScaleOne, long least) {
		return Math.max(least, Math.round(atScaleOne * this.factor));
	}

}
