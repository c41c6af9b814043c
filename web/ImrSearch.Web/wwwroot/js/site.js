// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // On a phone the filter panel starts folded so the results come first; without JavaScript it stays open.
    var phone = window.matchMedia && window.matchMedia("(max-width: 51.99rem)").matches;
    if (phone) {
        Array.prototype.forEach.call(document.querySelectorAll("details[data-fold-on-phone]"), function (panel) {
            panel.open = false;
        });
    }

    // Ticking a facet or changing the sort submits the search at once (without JavaScript, "Apply" does).
    document.addEventListener("change", function (event) {
        var target = event.target;
        if (target instanceof HTMLElement && target.hasAttribute("data-autosubmit") && target.form) {
            target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
        }
    });

    // Empty fields and fields at their default are left out of the URL, so shared links stay short.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "get") {
            return;
        }
        Array.prototype.forEach.call(form.elements, function (element) {
            var unset = element.value === "" || element.value === element.getAttribute("data-default");
            if (element.name && unset && !element.disabled) {
                element.disabled = true;
            }
        });
    });

    // Coming back through history may restore the form with those fields still disabled.
    window.addEventListener("pageshow", function () {
        Array.prototype.forEach.call(document.querySelectorAll("form [name]:disabled"), function (element) {
            element.disabled = false;
        });
    });

    document.addEventListener("click", function (event) {
        var target = event.target;
        if (target instanceof HTMLElement && target.hasAttribute("data-print")) {
            window.print();
        }
    });

    // "/" focuses the search box, as on most search sites, unless the user is typing somewhere.
    document.addEventListener("keydown", function (event) {
        var active = document.activeElement;
        var typing = active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA" || active.tagName === "SELECT" || active.isContentEditable);
        if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
            var box = document.getElementById("q");
            if (box) {
                event.preventDefault();
                box.focus();
                box.select();
            }
        }
    });
})();
