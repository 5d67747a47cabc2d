// Behaviour the admin's third-party templates wired with inline handlers, moved here for the
// Content-Security-Policy (script-src 'self'): see templates/admin/.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
    // django-import-export's export form: "select all" ticks or clears every field checkbox
    // (its template used onchange="onSelectToggleChange(event)").
    document.querySelectorAll("input.select-toggle").forEach((toggle) => {
        toggle.addEventListener("change", () => {
            document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]').forEach((checkbox) => {
                checkbox.checked = toggle.checked;
            });
        });
    });
});
