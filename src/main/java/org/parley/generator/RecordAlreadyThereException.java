package org.parley.generator;

/**
 * The database already holds a record, generated or entered; the generator fills only an
 * empty one, so loading twice adds nothing.
 */
public class RecordAlreadyThereException extends RuntimeException {

	RecordAlreadyThereException(long negotiations) {
		super("The database already holds a record (" + negotiations + " negotiations); the generator adds nothing. "
				+ "Generate into a fresh --data-dir or an empty database.");
	}

}
