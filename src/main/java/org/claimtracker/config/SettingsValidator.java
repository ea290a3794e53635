package org.claimtracker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses, naming the setting: a size limit or watch interval that is not positive; a watch folder that is set but
 * empty (an empty {@code CLAIMTRACKER_INGEST_WATCH_DIR} would otherwise mean the working directory), that is a
 * file, that is the working directory, or that holds the data folder. The watcher moves every file it finds, so
 * any of these would have it move the application's own files away.
 */
class SettingsValidator implements ConstraintValidator<SaneSettings, ClaimTrackerProperties> {

    @Override
    public boolean isValid(ClaimTrackerProperties settings, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        ClaimTrackerProperties.Ingest ingest = settings.ingest();
        if (ingest.maxBytes() == null || ingest.maxBytes().toBytes() <= 0) {
            valid = refuse(context, "ingest.maxBytes", "claimtracker.ingest.max-bytes (CLAIMTRACKER_INGEST_MAX_BYTES) "
                    + "must be a positive size, such as 5MB; it is " + ingest.maxBytes());
        }
        if (ingest.watchInterval() == null || ingest.watchInterval().isNegative() || ingest.watchInterval().isZero()) {
            valid = refuse(context, "ingest.watchInterval", "claimtracker.ingest.watch-interval "
                    + "(CLAIMTRACKER_INGEST_WATCH_INTERVAL) must be a positive duration, such as 10s");
        }
        String watchDir = ingest.watchDir();
        if (watchDir != null) {
            String problem = watchFolderProblem(watchDir, settings);
            if (problem != null) {
                valid = refuse(context, "ingest.watchDir", "claimtracker.ingest.watch-dir "
                        + "(CLAIMTRACKER_INGEST_WATCH_DIR) " + problem);
            }
        }
        return valid;
    }

    private static String watchFolderProblem(String watchDir, ClaimTrackerProperties settings) {
        if (watchDir.isBlank()) {
            return "is set but empty: name the folder to watch, or unset it to watch none";
        }
        Path folder = canonical(Path.of(watchDir.strip()));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return "is not a folder: " + folder;
        }
        if (folder.equals(canonical(Path.of("")))) {
            return "is the working directory " + folder + ": name a folder of its own";
        }
        if (settings.persistentDatabase() && canonical(Path.of(settings.dataDir().strip())).startsWith(folder)) {
            return "holds the data folder " + settings.dataDir() + ": name a folder of its own";
        }
        return null;
    }

    /** The absolute, symbolic-link-free path, as far as it exists. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean refuse(ConstraintValidatorContext context, String property, String message) {
        context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                .addPropertyNode(property).addConstraintViolation();
        return false;
    }
}
