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
