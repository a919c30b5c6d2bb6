/* The parent's agenda (parent/agenda.xhtml): FullCalendar options the schedule tag does not offer. */
window.monportailAgenda = function () {
    var options = this.cfg.options;
    options.dayMaxEventRows = 4;
    options.displayEventEnd = true;
    options.eventTimeFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    // a phone shows the week as a list: readable without zooming
    if (window.matchMedia && window.matchMedia('(max-width: 640px)').matches) {
        options.initialView = 'listWeek';
        options.headerToolbar = {left: 'prev,next', center: 'title', right: 'listWeek,dayGridMonth'};
    }
};

/* After a day was opened: bring its details into view (below the calendar on a phone). */
window.monportailAgendaShowDay = function () {
    var tile = document.getElementById('dayTile');
    if (tile) {
        tile.scrollIntoView({behavior: 'smooth', block: 'start'});
    }
};
