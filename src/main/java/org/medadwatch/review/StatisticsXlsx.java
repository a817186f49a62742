package org.medadwatch.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link Statistics} as an xlsx statistics sheet with five worksheets: 概况 (the headline
 * figures), 按类别, 按属地, 按状态, 按日. Counts are numbers; 处置率 is a number formatted as a
 * percentage; text is inline strings.
 */
public final class StatisticsXlsx {
    /** The worksheets, in order. */
    public static final List<String> SHEETS = List.of("概况", "按类别", "按属地", "按状态", "按日");

    private StatisticsXlsx() {
    }

    /** Writes the workbook; flushes but does not close {@code out}. */
    public static void write(Statistics s, OutputStream out) throws IOException {
        Workbook wb = XlsxCells.workbook(out);

        Worksheet summary = wb.newWorksheet(SHEETS.get(0));
        XlsxCells.header(summary, List.of("指标", "数值"));
        int r = 1;
        XlsxCells.text(summary, r, 0, "统计区间");
        XlsxCells.text(summary, r++, 1, s.from() + " 至 " + s.to() + "（" + s.zone().getId() + "）");
        r = figure(summary, r, "监测页面数", s.pagesMonitored());
        r = figure(summary, r, "医疗广告数", s.medicalAds());
        r = figure(summary, r, "发现线索数", s.cluesFound());
        r = figure(summary, r, "派发线索数", s.dispatched());
        r = figure(summary, r, "签收线索数", s.viewed());
        r = figure(summary, r, "处置线索数", s.handled());
        XlsxCells.text(summary, r, 0, "处置率");
        summary.value(r, 1, s.handlingRate());
        summary.style(r, 1).format("0.0%").set();
        summary.width(0, 16);
        summary.width(1, 30);

        Worksheet categories = wb.newWorksheet(SHEETS.get(1));
        XlsxCells.header(categories, List.of("类别代码", "违法类型", "线索数"));
        r = 1;
        for (Statistics.CategoryCount c : s.byCategory()) {
            XlsxCells.text(categories, r, 0, c.category().name());
            XlsxCells.text(categories, r, 1, c.category().chineseName());
            categories.value(r++, 2, c.clues());
        }

        Worksheet regions = wb.newWorksheet(SHEETS.get(2));
        XlsxCells.header(regions, List.of("属地代码", "属地", "线索数"));
        r = 1;
        for (Statistics.RegionCount c : s.byRegion()) {
            XlsxCells.text(regions, r, 0, c.code().orElse(""));
            XlsxCells.text(regions, r, 1, c.name());
            regions.value(r++, 2, c.clues());
        }

        Worksheet statuses = wb.newWorksheet(SHEETS.get(3));
        XlsxCells.header(statuses, List.of("状态", "状态代码", "线索数"));
        r = 1;
        for (Statistics.StatusCount c : s.byStatus()) {
            XlsxCells.text(statuses, r, 0, c.status().chineseName());
            XlsxCells.text(statuses, r, 1, c.status().name());
            statuses.value(r++, 2, c.clues());
        }

        Worksheet days = wb.newWorksheet(SHEETS.get(4));
        XlsxCells.header(days, List.of("日期", "发现线索", "派发线索"));
        r = 1;
        for (Statistics.DayCount d : s.perDay()) {
            XlsxCells.text(days, r, 0, d.day().toString());
            days.value(r, 1, d.found());
            days.value(r++, 2, d.dispatched());
        }
        wb.finish();
    }

    private static int figure(Worksheet ws, int r, String name, long value) {
        XlsxCells.text(ws, r, 0, name);
        ws.value(r, 1, value);
        return r + 1;
    }
}
