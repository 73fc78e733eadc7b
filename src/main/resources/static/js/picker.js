// Pickers: a plain select works without this script; with it, a search box narrows the
// select to what the server finds for the typed text, keeping what is already chosen.
(function () {
	'use strict';
	document.querySelectorAll('.picker').forEach(function (picker) {
		var search = picker.querySelector('.picker__search');
		var select = picker.querySelector('select');
		if (!search || !select || !window.fetch) {
			return;
		}
		search.hidden = false;
		var timer = null;
		var asked = 0;
		search.addEventListener('input', function () {
			window.clearTimeout(timer);
			timer = window.setTimeout(find, 200);
		});
		function find() {
			var ask = ++asked;
			fetch(search.dataset.pick + '?q=' + encodeURIComponent(search.value), {
				headers: { Accept: 'application/json' },
				credentials: 'same-origin'
			}).then(function (response) {
				return response.ok ? response.json() : null;
			}).then(function (found) {
				if (found && ask === asked) {
					show(found);
				}
			}).catch(function () {
				// Offline or signed out: the select keeps what it had.
			});
		}
		function show(found) {
			var kept = {};
			Array.prototype.slice.call(select.options).forEach(function (option) {
				if (option.selected || option.value === '') {
					kept[option.value] = true;
				}
				else {
					select.removeChild(option);
				}
			});
			found.forEach(function (choice) {
				if (!kept[String(choice.id)]) {
					var option = document.createElement('option');
					option.value = String(choice.id);
					option.textContent = choice.label;
					select.appendChild(option);
				}
			});
		}
	});
})();
