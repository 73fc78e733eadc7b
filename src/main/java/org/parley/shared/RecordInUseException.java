package org.parley.shared;

import java.util.List;

/** A record was not deleted because other records still refer to it. */
public class RecordInUseException extends RuntimeException {

	private final List<Reference> references;

	public RecordInUseException(String kind, long id, List<Reference> references) {
		super(kind + " #" + id + " is still referred to by " + references.stream().map(Reference::kind).toList());
		this.references = List.copyOf(references);
	}

	public List<Reference> getReferences() {
		return this.references;
	}

}
