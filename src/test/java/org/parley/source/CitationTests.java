package org.parley.source;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CitationTests {

	private final Source nyt = graded(new Source("nyt", "The New York Times", SourceKind.MEDIA), Reliability.B);

	private final Source kyivIndependent = graded(
			new Source("kyiv-independent", "The Kyiv Independent", SourceKind.MEDIA), Reliability.B);

	private final Source report = new Source("report", "Report", SourceKind.MEDIA);

	@Test
	void admiraltyCodeJoinsSourceReliabilityAndCredibility() {
		Citation citation = new Citation(this.nyt, "https://www.nytimes.com/x", "Talks", LocalDate.of(2026, 2, 18), 2);
		assertThat(citation.admiraltyCode()).isEqualTo("B2");
		assertThat(citation.getCredibilityDescription()).isEqualTo("probably true");
		assertThat(Reliability.F.description()).isEqualTo("reliability cannot be judged");
	}

	@Test
	void refusesCredibilityOutsideOneToSix() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Citation(this.nyt, null, null, null, 0))
			.withMessageContaining("between 1 and 6");
		Citation citation = new Citation(this.nyt, null, null, null, 6);
		assertThatIllegalArgumentException().isThrownBy(() -> citation.grade(7));
	}

	@Test
	void viaChainListsTheRelayedReportsNearestFirst() {
		Citation original = new Citation(this.nyt, null, null, null, 2);
		Citation relay = new Citation(this.kyivIndependent, null, null, null, 3);
		Citation report = new Citation(this.report, null, null, null, 3);
		relay.relay(original);
		report.relay(relay);
		assertThat(report.viaChain()).containsExactly(relay, original);
		assertThat(original.viaChain()).isEmpty();
	}

	@Test
	void refusesToComeViaItselfDirectlyOrThroughAChain() {
		Citation a = new Citation(this.nyt, null, null, null, 2);
		Citation b = new Citation(this.kyivIndependent, null, null, null, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> a.relay(a)).withMessageContaining("via itself");
		b.relay(a);
		assertThatIllegalArgumentException().isThrownBy(() -> a.relay(b));
		assertThat(a.getVia()).isNull();
	}

	@Test
	void anAttributedReportHasNoAnonymousDescription() {
		Citation citation = new Citation(this.nyt, null, null, null, 3);
		citation.attributeToAnonymous("a person familiar with the discussions");
		assertThat(citation.isAnonymous()).isTrue();
		citation.attributeOpenly();
		assertThat(citation.getAnonymousDescription()).isNull();
	}

	private static Source graded(Source source, Reliability reliability) {
		source.grade(reliability, null);
		return source;
	}

}
