package ch.monportail.contract.web;

import ch.monportail.structure.entity.CareUnit;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly pattern as a grid of checkboxes: care unit × weekday ({@code checked["unitId-day"]}).
 */
public class PatternForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Boolean> checked = new HashMap<>();

    public Map<String, Boolean> getChecked() {
        return checked;
    }

    public void clear() {
        checked.clear();
    }

    public void check(long unitId, DayOfWeek day) {
        checked.put(unitId + "-" + day, true);
    }

    /** weekday → care unit ids, for the service. */
    public Map<DayOfWeek, List<Long>> pattern(List<CareUnit> units) {
        Map<DayOfWeek, List<Long>> pattern = new EnumMap<>(DayOfWeek.class);
        for (CareUnit unit : units) {
            for (DayOfWeek day : ContractsBean.WEEKDAYS) {
                if (Boolean.TRUE.equals(checked.get(unit.getId() + "-" + day))) {
                    pattern.computeIfAbsent(day, d -> new ArrayList<>()).add(unit.getId());
                }
            }
        }
        return pattern;
    }
}
