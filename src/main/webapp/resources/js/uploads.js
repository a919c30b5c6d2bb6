/*
 * The upload's "choose" control: PrimeFaces makes the span around the file input focusable and
 * labels it, and hides the input from assistive technologies — a labelled span without a role,
 * holding a second control. Here the native file input is the control (focusable, named after the
 * button's text, opened by Enter or Space as browsers do) and the span only its look.
 */
(function () {
    function fix() {
        document.querySelectorAll('.ui-fileupload-choose').forEach(function (choose) {
            var input = choose.querySelector('input[type=file]');
            if (!input) {
                return;
            }
            choose.removeAttribute('aria-labelledby');
            choose.removeAttribute('tabindex');
            input.removeAttribute('aria-hidden');
            input.removeAttribute('tabindex');
            input.setAttribute('aria-label', choose.textContent.trim());
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fix);
    } else {
        fix();
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', fix);
    }
})();

/*
 * Before a file joins the upload (p:fileUpload's onAdd): a file over 10 MB is refused here, with
 * the portal's message, before a phone sends it; the characters PrimeFaces refuses in a name on the
 * server (quotes, colons, percent signs, controls — a name is data, not a path) are replaced, so a
 * file called 'certificat "Noé".pdf' is sent as 'certificat _Noé_.pdf' instead of being refused.
 * The server checks the size and cleans the name again.
 */
(function () {
    // a new choice or drop clears the notice before its files arrive (capture phase: before
    // PrimeFaces handles the event), so every refusal of one choice stays listed
    function clear(event) {
        var upload = event.target.closest && event.target.closest('.ui-fileupload');
        var notice = document.getElementById('uploadNotice');
        if (upload && notice) {
            notice.textContent = '';
            notice.hidden = true;
        }
    }
    document.addEventListener('change', clear, true);
    document.addEventListener('drop', clear, true);
})();
window.monportailUploadAdd = function (file, add) {
    var notice = document.getElementById('uploadNotice');
    if (file.size > 10 * 1024 * 1024) {
        if (notice) {
            var line = document.createElement('span');
            line.style.display = 'block';
            line.textContent = notice.getAttribute('data-too-large').replace('{name}', file.name);
            notice.appendChild(line);
            notice.hidden = false;
        }
        return;
    }
    var clean = file.name.replace(/[\u0000-\u001f\u007f"%:*?<>|\/]/g, '_');
    add(clean === file.name ? file : new File([file], clean, {type: file.type, lastModified: file.lastModified}));
};
