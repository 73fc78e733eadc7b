// Choices that name another row of the same form ("Proposal row 2: its title", "Delegate
// row 1: the new person's name") follow what is typed in that row, so they read right
// before the form is sent. Without this script the server names them on every reload.
(function () {
	'use strict';
	function follow(options, source) {
		var update = function () {
			var text = source();
			options().forEach(function (option) {
				var prefix = option.textContent.slice(0, option.textContent.indexOf(': ') + 2);
				var empty = option.parentNode.closest('select').getAttribute('data-empty') || '';
				option.textContent = prefix + (text || empty);
			});
		};
		return update;
	}
	function byName(name) {
		return document.querySelector('[name="' + name + '"]');
	}
	function chosenLabel(select) {
		return (select && select.value !== '') ? select.options[select.selectedIndex].textContent : '';
	}
	document.querySelectorAll('[name^="proposals["][name$="].title"]').forEach(function (title) {
		var row = title.name.slice('proposals['.length, title.name.indexOf(']'));
		var existing = byName('proposals[' + row + '].proposalId');
		var update = follow(function () {
			return Array.prototype.slice.call(document.querySelectorAll('select option[value="row-' + row + '"]'));
		}, function () {
			return chosenLabel(existing) || title.value.trim();
		});
		title.addEventListener('input', update);
		if (existing) {
			existing.addEventListener('change', update);
		}
	});
	// A row that picks a proposal on record needs none of the new proposal's fields: they
	// are hidden while one is chosen (the server leaves them out either way).
	document.querySelectorAll('select[name^="proposals["][name$="].proposalId"]').forEach(function (existing) {
		var fields = existing.closest('.log-row').querySelector('[data-new-proposal]');
		if (!fields) {
			return;
		}
		var update = function () {
			fields.hidden = existing.value !== '';
		};
		existing.addEventListener('change', update);
		update();
	});
	document.querySelectorAll('[name^="delegates["][name$="].fullName"]').forEach(function (name) {
		var row = name.name.slice('delegates['.length, name.name.indexOf(']'));
		var update = follow(function () {
			return Array.prototype.slice.call(document.querySelectorAll('select[data-delegate-rows] option[value="' + row + '"]'));
		}, function () {
			return name.value.trim();
		});
		name.addEventListener('input', update);
	});
})();
