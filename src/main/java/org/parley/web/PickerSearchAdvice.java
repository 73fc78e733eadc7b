package org.parley.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A picker whose search box holds text while nothing is chosen is refused on every form,
 * next to the field: the editor typed a name and moved on, believing it chosen, and an
 * optional field would otherwise be saved empty without a word. The box is sent as
 * {@value #PREFIX}{@code <field>} (see {@code fragments/fields :: picker}); the script
 * says the same before the form is sent, this says it without the script. Text that names
 * exactly one record of the picker's kind (sent as {@value #KIND}{@code <field>}), the
 * only match or the one whose name it is, chooses that record instead, as the script
 * does.
 */
@ControllerAdvice(annotations = Controller.class)
public class PickerSearchAdvice {

	/** How a picker's search box is named: this, then the field it picks for. */
	static final String PREFIX = "typed.";

	/** How a picker tells the kind of record it picks: this, then the field. */
	static final String KIND = "typedKind.";

	/** The request attribute through which checks made by hand find the picker. */
	private static final String PICKER = PickerSearchAdvice.class.getName() + ".picker";

	private final Picker picker;

	PickerSearchAdvice(Picker picker) {
		this.picker = picker;
	}

	@InitBinder
	void refuseTypedButNotChosen(WebDataBinder binder, HttpServletRequest request) {
		request.setAttribute(PICKER, this.picker);
		// The form object may not exist yet (it can be built from the request), so the
		// check is added to every binder of a request that sent a search box; it runs
		// only
		// where a form is validated.
		if (request.getParameterMap().keySet().stream().anyMatch((name) -> name.startsWith(PREFIX))) {
			binder.addValidators(new TypedButNotChosen(request.getParameterMap(), this.picker));
		}
	}

	/**
	 * Refuses, next to its field, each picker of the form whose search box the current
	 * request sent with text in it and whose field holds nothing: for controllers that
	 * validate by hand rather than through the binder.
	 * @param form the bound form
	 * @param errors its binding result
	 */
	public static void refuseTypedButNotChosen(Object form, Errors errors) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			new TypedButNotChosen(request.getParameterMap(), (Picker) request.getAttribute(PICKER)).validate(form,
					errors);
		}
	}

	/** Checks each picker of the form whose search box was sent with text in it. */
	private record TypedButNotChosen(Map<String, String[]> parameters, Picker picker) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(target);
			this.parameters.forEach((name, values) -> {
				if (!name.startsWith(PREFIX)) {
					return;
				}
				String field = name.substring(PREFIX.length());
				String typed = (values.length > 0) ? values[0].strip() : "";
				if (!typed.isEmpty() && isReadable(form, field) && isEmpty(form.getPropertyValue(field))
						&& !errors.hasFieldErrors(field) && !choose(form, field, typed)) {
					errors.rejectValue(field, "picker.typedNotChosen", new Object[] { typed }, null);
				}
			});
		}

		/** Chooses the one record the text names, if it names exactly one. */
		private boolean choose(BeanWrapper form, String field, String typed) {
			String[] kinds = this.parameters.get(KIND + field);
			if (this.picker == null || kinds == null || kinds.length == 0) {
				return false;
			}
			PickKind kind;
			try {
				kind = PickKind.of(kinds[0]);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			List<PickOption> matches = this.picker.find(kind, typed, 20);
			List<PickOption> named = matches.stream().filter((option) -> names(option.label(), typed)).toList();
			List<PickOption> chosen = (matches.size() == 1) ? matches : named;
			if (chosen.size() != 1) {
				return false;
			}
			long id = chosen.get(0).id();
			if (form.getPropertyValue(field) instanceof Collection<?>) {
				form.setPropertyValue(field, new ArrayList<>(List.of(id)));
			}
			else {
				form.setPropertyValue(field, id);
			}
			return true;
		}

		/**
		 * Whether a label is the typed name itself, or it followed by what qualifies it.
		 */
		private static boolean names(String label, String typed) {
			String name = label.toLowerCase(Locale.ROOT);
			String text = typed.toLowerCase(Locale.ROOT);
			return name.equals(text) || name.startsWith(text + " (") || name.startsWith(text + " —");
		}

		private static boolean isReadable(BeanWrapper form, String field) {
			try {
				return form.isReadableProperty(field);
			}
			catch (RuntimeException ex) {
				// A made-up path (typed.x[99999]): no field of this form.
				return false;
			}
		}

		private static boolean isEmpty(Object value) {
			return value == null || (value instanceof Collection<?> chosen && chosen.isEmpty())
					|| (value instanceof String text && text.isBlank());
		}

	}

}
