// Pickers: a plain select works without this script; with it, a search box narrows the
// select to what the server finds for the typed text, keeping what is already chosen.
// Clearing the box brings back the choices the page came with. Enter in the box searches
// at once instead of submitting the form. Only the newest answer is shown, however late
// an older one arrives. GET needs no CSRF token.
(function () {
	'use strict';
	var WAIT = 250;
	document.querySelectorAll('.picker').forEach(function (picker) {
		var search = picker.querySelector('.picker__search');
		var select = picker.querySelector('select');
		if (!search || !select || !window.fetch) {
			return;
		}
		// The choices the server rendered, to come back to when the box is cleared.
		var initial = Array.prototype.slice.call(select.options)
			.filter(function (option) {
				return option.value !== '';
			})
			.map(function (option) {
				return { id: option.value, label: option.textContent };
			});
		// What the editor chose: selected in the page as sent, or picked since. A single
		// select with no choice shows its first option as selected; that is no choice.
		var chosen = {};
		Array.prototype.slice.call(select.options).forEach(function (option) {
			if (option.defaultSelected && option.value !== '') {
				chosen[option.value] = true;
			}
		});
		select.addEventListener('change', function () {
			chosen = {};
			Array.prototype.slice.call(select.selectedOptions).forEach(function (option) {
				if (option.value !== '') {
					chosen[option.value] = true;
				}
			});
		});
		search.hidden = false;
		var timer = null;
		var asked = 0;
		var last = '';
		search.addEventListener('input', function () {
			window.clearTimeout(timer);
			timer = window.setTimeout(find, WAIT);
		});
		search.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
				window.clearTimeout(timer);
				find();
			}
		});
		function find() {
			var q = search.value.trim();
			if (q === last) {
				return;
			}
			last = q;
			var ask = ++asked;
			if (q === '') {
				show(initial);
				return;
			}
			fetch(search.dataset.pick + '?q=' + encodeURIComponent(q), {
				headers: { Accept: 'application/json' },
				credentials: 'same-origin'
			}).then(function (response) {
				return response.ok ? response.json() : null;
			}).then(function (found) {
				if (ask !== asked) {
					return;
				}
				if (Array.isArray(found)) {
					show(found);
				}
				else {
					last = null;
				}
			}).catch(function () {
				// Offline or signed out: the select keeps what it had; Enter asks again.
				if (ask === asked) {
					last = null;
				}
			});
		}
		function show(found) {
			var kept = {};
			Array.prototype.slice.call(select.options).forEach(function (option) {
				if (option.value === '' || (chosen[option.value] && option.selected)) {
					kept[option.value] = true;
				}
				else {
					select.removeChild(option);
				}
			});
			found.forEach(function (choice) {
				var id = String(choice.id);
				if (!kept[id]) {
					var option = document.createElement('option');
					option.value = id;
					option.textContent = choice.label;
					select.appendChild(option);
				}
			});
			// A search that leaves one match chooses it when nothing is chosen yet: the
			// editor typed its name (in a list of several choices too).
			var none = Array.prototype.every.call(select.options, function (option) {
				return !option.selected || option.value === '';
			});
			if (found.length === 1 && search.value.trim() !== '' && none) {
				Array.prototype.forEach.call(select.options, function (option) {
					option.selected = option.value === String(found[0].id);
				});
				select.dispatchEvent(new Event('change'));
				say(search.dataset.chosenOne, false);
			}
			else {
				say(null);
			}
		}
		// A message under the box: a warning, or a quiet note read out by screen readers.
		function say(text, warning) {
			var note = picker.querySelector('.picker__note');
			if (!text) {
				if (note) {
					note.remove();
				}
				return;
			}
			if (!note) {
				note = document.createElement('p');
				note.setAttribute('role', 'status');
				select.insertAdjacentElement('afterend', note);
			}
			note.className = 'picker__note' + (warning ? ' field-error' : ' field-hint');
			note.textContent = text;
		}
		picker.pickerWarning = function () {
			var nothing = Array.prototype.every.call(select.options, function (option) {
				return !option.selected || option.value === '';
			});
			if (search.value.trim() !== '' && nothing) {
				say(search.dataset.unchosen, true);
				return true;
			}
			return false;
		};
	});
	// Text typed in a picker and never chosen stops the save, next to the field, before
	// anything is sent (the server refuses it too).
	document.querySelectorAll('form').forEach(function (form) {
		form.addEventListener('submit', function (event) {
			var first = null;
			form.querySelectorAll('.picker').forEach(function (picker) {
				if (picker.pickerWarning && picker.pickerWarning() && !first) {
					first = picker.querySelector('.picker__search');
				}
			});
			if (first && !(event.submitter && event.submitter.formNoValidate)) {
				event.preventDefault();
				first.focus();
			}
		});
	});
})();
