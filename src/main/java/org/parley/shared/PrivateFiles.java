package org.parley.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets kept in a file beside the data (the embedded database's passwords, the key of
 * the TOTP secrets): readable by their owner only, and written whole or not at all.
 */
public final class PrivateFiles {

	private PrivateFiles() {
	}

	/**
	 * Writes {@code content} to {@code file}: first whole to a file of its own beside it,
	 * readable by its owner only, then moved into place, so a crash leaves either no file
	 * or the whole one.
	 */
	public static void writeWhole(Path file, String content) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path written = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? Files.createTempFile(directory, file.getFileName() + ".", ".new",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(directory, file.getFileName() + ".", ".new");
		try {
			Files.writeString(written, content, StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

}
