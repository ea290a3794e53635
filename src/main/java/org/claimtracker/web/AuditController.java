package org.claimtracker.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimtracker.audit.AuditEvent;
import org.claimtracker.audit.AuditLog;
import org.claimtracker.export.SpreadsheetCells;
import org.claimtracker.statement.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for editors: every write, newest first, filtered by user, action and date; also as CSV. */
@Controller
class AuditController {

    private static final int PAGE_ROWS = 200;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String since, Model model) {
        model.addAttribute("events", audit.find(user, action, sinceInstant(since), PAGE_ROWS));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        model.addAttribute("since", since);
        return "audit/log";
    }

    @GetMapping("/audit.csv")
    void csv(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String since, HttpServletResponse response) throws IOException {
        List<AuditEvent> events = audit.find(user, action, sinceInstant(since), AuditLog.MAX_ROWS);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer writer = response.getWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("at", "user", "action", "target", "detail").get();
        try (CSVPrinter out = new CSVPrinter(writer, format)) {
            for (AuditEvent e : events) {
                out.printRecord(e.at().toString(), SpreadsheetCells.safe(e.username()),
                        SpreadsheetCells.safe(e.action()), SpreadsheetCells.safe(e.target()),
                        SpreadsheetCells.safe(e.detail()));
            }
        }
    }

    private static Instant sinceInstant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("since", "since must be a date such as 2025-03-01");
        }
    }
}
