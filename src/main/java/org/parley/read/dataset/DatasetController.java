package org.parley.read.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.parley.read.CsvRows;
import org.parley.read.Export;
import org.parley.read.dataset.Codebook.TableDoc;
import org.parley.security.ReadAccess;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /export/parley-dataset.zip}: every export unfiltered, its
 * {@code datapackage.json} and the codebook, so a researcher can cite and validate one
 * snapshot. Streamed file by file, each from its cursor.
 */
@Controller
class DatasetController {

	static final String FILE_NAME = "parley-dataset.zip";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Codebook codebook;

	private final Clock clock;

	DatasetController(Codebook codebook, Clock clock) {
		this.codebook = codebook;
		this.clock = clock;
	}

	@GetMapping("/export/" + FILE_NAME)
	@ReadAccess
	void dataset(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		Instant created = this.clock.instant();
		List<TableDoc> tables = this.codebook.tables(locale)
			.stream()
			.filter((doc) -> this.codebook.exports().stream().anyMatch((e) -> e.table().equals(doc.table())))
			.toList();
		String home = ServletUriComponentsBuilder.fromContextPath(request).path("/codebook").toUriString();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(FILE_NAME).build().toString());
		ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8);
		Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		for (Export export : this.codebook.exports()) {
			entry(zip, text, export.table().fileName(), () -> {
				CsvRows rows = CsvRows.start(export.table(), text);
				export.writeAll(rows);
				rows.flush();
			});
		}
		entry(zip, text, "datapackage.json", () -> write(text,
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(DataPackage.describe(tables, created, home))));
		entry(zip, text, "codebook.md",
				() -> write(text, CodebookText.markdown(tables, this.codebook.codeLists(locale), created)));
		zip.finish();
	}

	/** One file of the archive, written by {@code body} through {@code text}. */
	private static void entry(ZipOutputStream zip, Writer text, String name, Runnable body) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		body.run();
		text.flush();
		zip.closeEntry();
	}

	private static void write(Writer text, String content) {
		try {
			text.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
