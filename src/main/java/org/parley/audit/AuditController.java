package org.parley.audit;

import java.time.LocalDate;

import org.parley.web.BadRequestException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for admins: newest first, filtered by user, entity, action and day. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditReader reader;

	AuditController(AuditReader reader) {
		this.reader = reader;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String user, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadRequestException("‘page’ must be 0 or more.");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("‘from’ (" + from + ") must not be after ‘to’ (" + to + ").");
		}
		AuditFilter filter = new AuditFilter(user, entityType, entityId, action, from, to);
		Page<AuditEventView> events = this.reader.find(filter, PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("events", events);
		model.addAttribute("actions", AuditAction.values());
		return "admin/audit/list";
	}

}
