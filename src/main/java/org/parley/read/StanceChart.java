package org.parley.read;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

/**
 * The geometry of a stance-over-time chart, drawn as inline SVG by
 * {@code fragments/charts :: stances}: one row per party (or proposal), each row a band
 * per stance, a step line through the row's statements in the order the reader gives
 * them, and a mark per statement linking to it. Nothing here decides which statement is
 * current: the reader says so ({@link Lane#currentId()}), and the line simply visits the
 * statements in their recorded order, so it ends where the reader's rule ends.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param rows the rows, top to bottom
 * @param ticks the labelled dates along the axis
 * @param axisY where the axis line runs
 * @param from the first date of the axis
 * @param to the last date of the axis
 */
public record StanceChart(int width, int height, List<Row> rows, List<Tick> ticks, int axisY, LocalDate from,
		LocalDate to) {

	static final int WIDTH = 640;

	static final int LEFT = 100;

	static final int RIGHT = 626;

	static final int TITLE_HEIGHT = 20;

	static final int BAND_HEIGHT = 9;

	static final int ROW_GAP = 14;

	static final int MAX_TICKS = 7;

	/** Pages are in English; so are the chart's dates. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

	/** The stance colours of the badges in parley.css: background, then ink. */
	private static final Map<Stance, String[]> COLOURS = Map.of(Stance.SUPPORTS, new String[] { "#e3f3e6", "#1d5e2c" },
			Stance.CONDITIONAL, new String[] { "#eef5dc", "#45560f" }, Stance.OPEN,
			new String[] { "#e4eefa", "#184f8a" }, Stance.UNCLEAR, new String[] { "#efeff1", "#454a52" },
			Stance.OPPOSES, new String[] { "#fdf0dd", "#7a4300" }, Stance.REJECTS,
			new String[] { "#fbe5e3", "#8f1d16" });

	/** Whether there is anything to draw: at least one statement in some row. */
	public boolean drawn() {
		return this.rows.stream().anyMatch((row) -> !row.marks().isEmpty());
	}

	/** How many statements are drawn, one mark each. */
	public int markCount() {
		return this.rows.stream().mapToInt((row) -> row.marks().size()).sum();
	}

	/** The view box, e.g. "0 0 640 300". */
	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	/**
	 * Lays out a chart.
	 * @param lanes the rows, in the order to draw them; each lane's statements in the
	 * reader's order (by date, the later recorded last)
	 * @return the chart
	 */
	public static StanceChart of(List<Lane> lanes) {
		LocalDate first = null;
		LocalDate last = null;
		for (Lane lane : lanes) {
			for (Statement statement : lane.statements()) {
				first = (first == null || statement.statedOn().isBefore(first)) ? statement.statedOn() : first;
				last = (last == null || statement.statedOn().isAfter(last)) ? statement.statedOn() : last;
			}
		}
		if (first == null) {
			first = LocalDate.EPOCH;
			last = LocalDate.EPOCH;
		}
		long span = ChronoUnit.DAYS.between(first, last);
		long pad = Math.max(1, span / 20);
		Axis axis = new Axis(first.minusDays(pad), last.plusDays(pad));
		List<Row> rows = new ArrayList<>();
		int top = 4;
		for (Lane lane : lanes) {
			rows.add(row(lane, top, axis));
			top += TITLE_HEIGHT + Stance.values().length * BAND_HEIGHT + ROW_GAP;
		}
		int axisY = top - ROW_GAP + 4;
		return new StanceChart(WIDTH, axisY + 22, List.copyOf(rows), axis.ticks(), axisY, axis.from, axis.to);
	}

	private static Row row(Lane lane, int top, Axis axis) {
		int bandsTop = top + TITLE_HEIGHT;
		List<Band> bands = new ArrayList<>();
		for (Stance stance : Stance.values()) {
			int y = bandsTop + stance.ordinal() * BAND_HEIGHT;
			bands.add(new Band(stance, y, BAND_HEIGHT, y + BAND_HEIGHT / 2.0 + 3, COLOURS.get(stance)[0]));
		}
		List<Mark> marks = new ArrayList<>();
		List<Run> runs = new ArrayList<>();
		StringBuilder path = new StringBuilder();
		Map<String, Integer> sameSpot = new HashMap<>();
		for (Statement statement : lane.statements()) {
			double x = axis.x(statement.statedOn());
			double y = bandsTop + statement.stance().ordinal() * BAND_HEIGHT + BAND_HEIGHT / 2.0;
			path.append(path.isEmpty() ? "M" + number(x) + " " + number(y) : " H" + number(x) + " V" + number(y));
			// Statements of one day and stance would cover each other: each is moved a
			// little to the right of the last.
			int earlier = sameSpot.merge(statement.statedOn() + "/" + statement.stance(), 1, Integer::sum) - 1;
			marks.add(new Mark(statement.id(), statement.href(), round(Math.min(x + 3 * earlier, RIGHT)), round(y),
					statement.stance(), statement.statedOn(), statement.precision(),
					Objects.equals(lane.currentId(), statement.id()), COLOURS.get(statement.stance())[1],
					title(lane.label(), statement)));
			Run open = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (open != null && open.stance() == statement.stance()) {
				runs.set(runs.size() - 1, open.plusOne());
			}
			else {
				runs.add(new Run(statement.stance(), statement.statedOn(), statement.precision(), statement.href(), 1));
			}
		}
		if (!path.isEmpty()) {
			path.append(" H").append(RIGHT);
		}
		return new Row(lane.label(), shorten(lane.label()), lane.href(), top, top + 14, List.copyOf(bands),
				path.toString(), List.copyOf(marks), List.copyOf(runs));
	}

	private static String title(String label, Statement statement) {
		String title = label + ": " + statement.stance().word() + ", "
				+ when(statement.statedOn(), statement.precision());
		return (statement.speaker() != null) ? title + " — " + statement.speaker() : title;
	}

	/**
	 * A date as the pages write it with its precision: "21 Feb 2026", "Feb 2026", "by 21
	 * Feb 2026".
	 */
	static String when(LocalDate date, DatePrecision precision) {
		return switch (precision) {
			case MONTH -> MONTH.format(date);
			case ON_OR_BEFORE -> "by " + DAY.format(date);
			case DAY -> DAY.format(date);
		};
	}

	private static String shorten(String label) {
		return (label.length() <= 90) ? label : label.substring(0, 89).stripTrailing() + "…";
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String number(double value) {
		double rounded = round(value);
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	/**
	 * One row to draw: a party's statements on a proposal, or a party's on one proposal.
	 *
	 * @param label what the row is: the party or the proposal
	 * @param href where the label links
	 * @param statements its statements in the reader's order
	 * @param currentId the statement the reader calls current, or {@code null} when the
	 * page does not know
	 */
	public record Lane(String label, String href, List<Statement> statements, Long currentId) {
	}

	/** One statement to mark, with where its mark links. */
	public record Statement(long id, LocalDate statedOn, DatePrecision precision, Stance stance, String speaker,
			String href) {
	}

	/**
	 * A drawn row.
	 *
	 * @param label the whole label
	 * @param shortLabel the label as drawn, shortened when long
	 * @param top the row's top
	 * @param labelY the baseline of its label
	 * @param path the step line, empty when the row has no statement
	 * @param runs the stances in order, consecutive statements of one stance together:
	 * the chart in words
	 */
	public record Row(String label, String shortLabel, String href, int top, int labelY, List<Band> bands, String path,
			List<Mark> marks, List<Run> runs) {

		public boolean hasStatements() {
			return !this.marks.isEmpty();
		}

		/** Where the "no position" note sits. */
		public double emptyY() {
			return this.bands.get(this.bands.size() / 2).y();
		}

	}

	/**
	 * One stance's band in a row.
	 *
	 * @param labelY the baseline of the band's label
	 * @param fill the badge's background colour, a fallback for the stylesheet's
	 */
	public record Band(Stance stance, int y, int height, double labelY, String fill) {

		public String cssClass() {
			return "stance-chart__band stance-chart__band--" + this.stance.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A statement's mark.
	 *
	 * @param current whether it is the statement the reader calls current
	 * @param ink the badge's text colour, a fallback for the stylesheet's
	 * @param title what the mark says when pointed at
	 */
	public record Mark(long id, String href, double x, double y, Stance stance, LocalDate statedOn,
			DatePrecision precision, boolean current, String ink, String title) {

		/** Said that day (a filled mark), or only known by a day or month (hollow). */
		public boolean exact() {
			return this.precision == DatePrecision.DAY;
		}

		public String cssClass() {
			return "stance-chart__mark stance-chart__mark--" + this.stance.name().toLowerCase(Locale.ROOT)
					+ (exact() ? "" : " stance-chart__mark--approximate")
					+ (this.current ? " stance-chart__mark--current" : "");
		}

	}

	/**
	 * Consecutive statements of one stance.
	 *
	 * @param href the first statement's link
	 * @param statements how many
	 */
	public record Run(Stance stance, LocalDate from, DatePrecision precision, String href, int statements) {

		Run plusOne() {
			return new Run(this.stance, this.from, this.precision, this.href, this.statements + 1);
		}

		/**
		 * Only known to have been said by that day: the run reads "by …", else "from …".
		 */
		public boolean byThatDay() {
			return this.precision == DatePrecision.ON_OR_BEFORE;
		}

		/** The first statement's date as the pages write it, without "by". */
		public String date() {
			return (this.precision == DatePrecision.MONTH) ? MONTH.format(this.from) : DAY.format(this.from);
		}

	}

	/** A labelled date on the axis. */
	public record Tick(LocalDate date, double x, String label) {
	}

	/** Dates to x. */
	private record Axis(LocalDate from, LocalDate to) {

		double x(LocalDate date) {
			double days = ChronoUnit.DAYS.between(this.from, this.to);
			return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(this.from, date) / days;
		}

		/** The fewest steps that keep to {@link #MAX_TICKS} labels. */
		List<Tick> ticks() {
			for (Period step : List.of(Period.ofDays(1), Period.ofDays(2), Period.ofWeeks(1), Period.ofWeeks(2),
					Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(1), Period.ofYears(2),
					Period.ofYears(5), Period.ofYears(10), Period.ofYears(25), Period.ofYears(100))) {
				List<Tick> ticks = ticks(step);
				if (ticks.size() <= MAX_TICKS) {
					return ticks;
				}
			}
			return List.of();
		}

		private List<Tick> ticks(Period step) {
			LocalDate date = start(step);
			List<Tick> ticks = new ArrayList<>();
			while (!date.isAfter(this.to) && ticks.size() <= MAX_TICKS) {
				ticks.add(new Tick(date, round(x(date)), label(date, step, ticks.isEmpty())));
				date = date.plus(step);
			}
			return ticks;
		}

		private LocalDate start(Period step) {
			if (step.getYears() > 0) {
				int years = step.getYears();
				int year = this.from.getYear() + ((this.from.getDayOfYear() > 1) ? 1 : 0);
				return LocalDate.of(((year + years - 1) / years) * years, 1, 1);
			}
			if (step.getMonths() > 0) {
				LocalDate month = this.from.withDayOfMonth(1);
				month = month.isBefore(this.from) ? month.plusMonths(1) : month;
				while ((month.getMonthValue() - 1) % step.getMonths() != 0) {
					month = month.plusMonths(1);
				}
				return month;
			}
			if (step.getDays() >= 7) {
				return this.from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			}
			return this.from;
		}

		private static String label(LocalDate date, Period step, boolean first) {
			if (step.getYears() > 0) {
				return YEAR.format(date);
			}
			if (step.getMonths() > 0) {
				return MONTH.format(date);
			}
			return (first || date.getDayOfYear() == 1) ? DAY.format(date) : SHORT_DAY.format(date);
		}

	}

}
