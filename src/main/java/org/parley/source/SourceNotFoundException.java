package org.parley.source;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No source has the given id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(long id) {
		super("No source with id " + id);
	}

}
