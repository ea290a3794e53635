package org.claimtracker.web;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.audit.AuditLog;
import org.claimtracker.config.ClaimTrackerProperties;
import org.claimtracker.ingest.FileOutcome;
import org.claimtracker.ingest.IngestionFile;
import org.claimtracker.ingest.IngestionFileRepository;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRun;
import org.claimtracker.ingest.IngestionRunRepository;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.ingest.UploadedFile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Uploading articles (editors only) and the ingestion log (public): every run, every file's outcome, and why a file
 * was rejected or skipped. Server paths are for editors: anonymous readers see file names only.
 */
@Controller
class IngestionController {

    public record RunView(long id, String trigger, Instant startedAt, Duration took, int files, int ingested,
            int duplicates, int reextracted, int updated, int skipped, int rejected, boolean interrupted) {

        static RunView of(IngestionRun run) {
            Duration took = run.getFinishedAt() == null ? null : Duration.between(run.getStartedAt(), run.getFinishedAt());
            return new RunView(run.getId(), triggerLabel(run.getTrigger()), run.getStartedAt(), took,
                    run.getFiles(), run.getIngested(), run.getDuplicates(), run.getReextracted(), run.getUpdated(),
                    run.getSkipped(), run.getRejected(), run.isInterrupted());
        }

        private static String triggerLabel(IngestionTrigger trigger) {
            return switch (trigger) {
                case STARTUP -> "Start-up";
                case COMMAND -> "ingest command";
                case UPLOAD -> "Upload";
                case WATCHER -> "Watched folder";
            };
        }
    }

    /** One file's outcome; {@code path} is null unless an editor is looking (see {@link ServerPaths}). */
    public record FileView(String fileName, String path, Long sizeBytes, FileOutcome outcome, String reason, Long articleId) {

        static FileView of(IngestionFile file, boolean editor) {
            String reason = editor ? file.getReason() : ServerPaths.hide(file.getReason(), file.getPath(),
                    file.getFileName());
            return new FileView(file.getFileName(), editor ? file.getPath() : null, file.getSizeBytes(),
                    file.getOutcome(), reason, file.getArticleId());
        }

        public String outcomeLabel() {
            return switch (outcome) {
                case INGESTED -> "Ingested";
                case DUPLICATE -> "Already stored";
                case REEXTRACTED -> "Extracted again";
                case UPDATED -> "Metadata updated";
                case SKIPPED -> "Skipped";
                case REJECTED -> "Rejected";
            };
        }
    }

    /** The role SecurityConfiguration gives the editor account. */
    private static final String EDITOR_ROLE = "EDITOR";

    private final IngestionRunner runner;
    private final IngestionRunRepository runs;
    private final IngestionFileRepository files;
    private final DataSize maxBytes;
    private final AuditLog audit;

    IngestionController(IngestionRunner runner, IngestionRunRepository runs, IngestionFileRepository files,
            ClaimTrackerProperties properties, AuditLog audit) {
        this.audit = audit;
        this.runner = runner;
        this.runs = runs;
        this.files = files;
        this.maxBytes = properties.ingest().maxBytes();
    }

    @GetMapping("/ingest")
    String uploadForm(Model model) {
        model.addAttribute("metadata", UploadMetadataForm.EMPTY);
        model.addAttribute("maxMegabytes", maxBytes.toMegabytes());
        return "ingestion/upload";
    }

    @PostMapping("/ingest")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            @ModelAttribute("metadata") UploadMetadataForm metadata, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Principal editor) {
        List<UploadedFile> chosen = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank()) {
                chosen.add(new UploadedFile(baseName(upload.getOriginalFilename()), upload.getSize(),
                        upload::getInputStream));
            }
        }
        String problem = chosen.isEmpty() ? "Choose at least one .txt or .html file to upload." : metadata.problem();
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("maxMegabytes", maxBytes.toMegabytes());
            model.addAttribute("error", problem);
            return "ingestion/upload";
        }
        IngestionReport report = runner.ingestUploads(chosen, metadata.toMetadata());
        audit.record(editor.getName(), "UPLOAD", "ingestion run " + report.runId(), chosen.size() + " file(s): "
                + report.ingested() + " ingested, " + report.rejected() + " rejected");
        redirect.addFlashAttribute("justUploaded", true);
        return "redirect:/ingestion/runs/" + report.runId();
    }

    @GetMapping("/ingestion")
    String runs(Model model) {
        model.addAttribute("runs", runs.findTop100ByOrderByIdDesc().stream().map(RunView::of).toList());
        return "ingestion/runs";
    }

    @GetMapping("/ingestion/runs/{id}")
    String run(@PathVariable long id, HttpServletRequest request, Model model) {
        IngestionRun run = runs.findById(id).orElseThrow(() -> new PageNotFoundException("ingestion run", id));
        boolean editor = request.isUserInRole(EDITOR_ROLE);
        model.addAttribute("run", RunView.of(run));
        model.addAttribute("files", files.findByRunIdOrderById(id).stream().map(f -> FileView.of(f, editor)).toList());
        return "ingestion/run";
    }

    /** Browsers may send a client-side path; only the file's own name is kept. */
    private static String baseName(String name) {
        String normalised = name.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }

}
