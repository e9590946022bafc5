package dev.switchboard.prompts.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in plain English or French: a recurring schedule ("every Tuesday at 7am", "tous les soirs
 * à 19h", "every hour") as a five-field cron, and a waiting time ("wait 3 hours", "attendre une
 * heure") as an ISO-8601 duration. Works on {@link Words#plain} text.
 *
 * <pre>{@code
 * Timing.cron("every tuesday at 7am");   // Optional[0 7 * * 2]
 * Timing.duration("attendre 2 jours");  // Optional[P2D]
 * }</pre>
 */
final class Timing {

    static final List<String> EN_DAYS = List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
    static final List<String> FR_DAYS = List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("un", 1), Map.entry("une", 1), Map.entry("two", 2), Map.entry("deux", 2),
            Map.entry("three", 3), Map.entry("trois", 3), Map.entry("four", 4), Map.entry("quatre", 4),
            Map.entry("five", 5), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("sept", 7),
            Map.entry("ten", 10), Map.entry("dix", 10), Map.entry("fifteen", 15), Map.entry("quinze", 15),
            Map.entry("thirty", 30), Map.entry("trente", 30));
    private static final String NUMBER = "(\\d{1,3}|a|an|one|un|une|two|deux|three|trois|four|quatre|five|cinq|six|seven|sept|ten|dix|fifteen|quinze|thirty|trente)";
    private static final Pattern DURATION = Pattern.compile("\\b" + NUMBER
            + "\\s*(minutes?|mins?|hours?|heures?|h|days?|jours?|weeks?|semaines?)\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "(?:\\b(?:at|a|vers|around)\\s+)?\\b(\\d{1,2})(?:\\s*(?::|h)\\s*(\\d{2})?|\\s*(am|pm|heures?)\\b)(?:\\s*(am|pm)\\b)?");
    private static final Pattern AT_HOUR = Pattern.compile("\\b(?:at|a)\\s+(\\d{1,2})\\b(?!\\s*(?:days?|jours?|hours?|minutes?))");
    private static final Pattern MONTH_DAY = Pattern.compile("\\s*(?:the\\s+|le\\s+|les\\s+)?(\\d{1,2}|first|premier)(?:er|re|e|st|nd|rd|th)?\\s+"
            + "(?:day\\s+|jour\\s+)?(?:of the month|of each month|of every month|du mois|de chaque mois|de tous les mois)");
    /** "chaque fin de mois", "at the end of every month": the 28th, the last day every month has. */
    private static final Pattern MONTH_END = Pattern.compile("\\b(?:(?:chaque|toutes les|a chaque) fins? de mois|"
            + "(?:at the )?end of (?:each|every|the) month|every month end|month-end|fin de mois)\\b");
    /** "le lundi à 9h", « le lundi matin », "on Mondays", and a day and an hour heading the text ("Monday 9:00: …", « Lundi 8h : … »). */
    private static final Pattern ON_DAY = Pattern.compile("(?:(?:^|\\s)(?:le|on)\\s+(?:" + String.join("|", EN_DAYS) + "|"
            + String.join("|", FR_DAYS) + ")s?\\b(?=.*\\d|\\s+(?:matin|soir|apres-midi|morning|evening|afternoon|night)s?\\b)|^\\s*(?:" + String.join("|", EN_DAYS) + "|" + String.join("|", FR_DAYS)
            + ")s?\\s+(?:at\\s+|a\\s+)?\\d{1,2}(?:\\s*(?::|h|am|pm)|\\s+\\d{2}\\b))");
    /** "Monday 9:00: …" heading the text; the plain text may have lost the colon ("monday 9 00"). */
    private static final Pattern HEADING_CLOCK = Pattern.compile("^\\s*(?:every\\s+|each\\s+|chaque\\s+|le\\s+|on\\s+)?(?:"
            + String.join("|", EN_DAYS) + "|" + String.join("|", FR_DAYS) + ")s?\\s+(?:at\\s+|a\\s+)?(\\d{1,2})(?:\\s*(?::|h)?\\s*(\\d{2}))?\\b");
    /** "every quarter", "quarterly", « chaque trimestre », « trimestriel »: the first day of January, April, July, October. */
    private static final Pattern QUARTERLY = Pattern.compile("\\b(?:(?:every|each|chaque|tous les|a chaque)\\s+(?:quarter|trimestre)s?|"
            + "quarterly|trimestriel\\w*)\\b");
    private static final Pattern EVERY_N_MINUTES = Pattern.compile("\\b(?:every|toutes les)\\s+(\\d{1,2})\\s*(?:minutes?|mins?)\\b");
    /** "/Daily checks" is a folder path, not a time: a word right after a slash is never one. */
    private static final Pattern RECURRING = Pattern.compile("(?<!/)\\b(every|each|chaque|tous|toutes|daily|hourly|weekly|monthly|"
            + "quotidien\\w*|hebdomadaire\\w*|nightly|nocturne|mensuel\\w*|quarterly|trimestriel\\w*|once a (?:day|week|month)|une fois par (?:jour|semaine|mois)|weekdays?|jours ouvr(?:ables|es)|working days|business days|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|"
            + "mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\b");

    private Timing() {
    }

    /** True when the plain text speaks of a recurring time (every day, chaque lundi, hourly…). */
    private static final Pattern PURPOSE = Pattern.compile("\\s(?:so that|so|afin que|pour que|in order that)\\s+(?:they|he|she|people|"
            + "everyone|ils|elles|tout le monde)\\s");

    private static final Pattern KIND_OF_DOCUMENT = Pattern.compile("\\b(the|their|our|his|her|its|le|la|les|leur|leurs|son|sa)\\s+"
            + "(?:daily|weekly|monthly|quarterly|yearly|annual|quotidienne?s?|hebdomadaires?|mensuelle?s?|trimestrielle?s?)\\b");

    /**
     * Whether the clause says when the flow runs: "whenever the guys finish the daily site diary" is an event, its "daily"
     * says which document.
     */
    static boolean schedules(String plain) {
        return isRecurring(Clauses.isEventPhrase(plain) ? KIND_OF_DOCUMENT.matcher(plain).replaceAll("$1") : plain);
    }

    static boolean isRecurring(String plain) {
        Matcher purpose = PURPOSE.matcher(plain);
        if (purpose.find()) {
            plain = plain.substring(0, purpose.start());   // "… so they get the quarterly newsletter": what it is for, not when
        }
        if (ON_DAY.matcher(plain).find() || MONTH_DAY.matcher(plain).find() || MONTH_END.matcher(plain).find()) {
            return true;   // "le lundi et le jeudi a 10h", "on fridays", "le 15 du mois"
        }
        Matcher m = RECURRING.matcher(plain);
        while (m.find()) {
            String rest = plain.substring(m.end());
            String word = m.group(1);
            if (!Set.of("every", "each", "chaque", "tous", "toutes").contains(word)) {
                return true;
            }
            if (MONTH_DAY.matcher(rest).lookingAt() || rest.matches("\\s*(les\\s+)?((?:other|second|alternate|two|three|deux|trois)\\s+)?(\\d+\\s*)?(fois\\s+)?(premier\\s+|first\\s+|dernier\\s+|last\\s+)?(minutes?|mins?|hours?|heures?|days?|jours?|weeks?|semaines?|months?|mois|"
                    + "quarters?|trimestres?|"
                    + "mornings?|matins?|evenings?|soirs?|nights?|nuits?|midi|noon|weekdays?|" + String.join("|", EN_DAYS)
                    + "|" + String.join("|", FR_DAYS) + "|les\\s+(jours|matins|soirs|heures|semaines|mois|lundis|mardis|"
                    + "mercredis|jeudis|vendredis))\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Every Monday I spend an hour counting them. Could we post the stats every Monday at 9?": a schedule said without its
     * time takes the time a later clause gives with the same kind of schedule.
     */
    static java.util.List<Clauses.Part> laterClock(java.util.List<Clauses.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Clauses.Part trigger = parts.get(i);
            if (trigger.role() != Clauses.Role.TRIGGER || !isRecurring(trigger.text()) || CLOCK.matcher(trigger.text()).find()) {
                continue;
            }
            for (int j = i + 1; j < parts.size(); j++) {
                Matcher clock = CLOCK.matcher(parts.get(j).text());
                if (isRecurring(parts.get(j).text()) && clock.find()) {
                    java.util.List<Clauses.Part> out = new java.util.ArrayList<>(parts);
                    out.set(i, new Clauses.Part(Clauses.Role.TRIGGER, trigger.text() + " " + clock.group().strip()));
                    return out;
                }
            }
        }
        return parts;
    }

    /** The cron of a recurring time in the plain text; hour 8 when only a day is said. */
    static Optional<String> cron(String plain) {
        Matcher every = EVERY_N_MINUTES.matcher(plain);
        if (every.find()) {
            return Optional.of("*/" + every.group(1) + " * * * *");
        }
        if (plain.matches(".*\\b(every hour|each hour|hourly|toutes les heures|chaque heure)\\b.*")) {
            return Optional.of("0 * * * *");
        }
        int[] time = time(plain);
        String dow = "*";
        String dom = "*";
        for (int d = 0; d < 7; d++) {
            if (plain.matches(".*\\b(" + EN_DAYS.get(d) + "s?|" + FR_DAYS.get(d) + "s?)\\b.*")) {
                dow = dow.equals("*") ? String.valueOf(d) : dow + "," + d;
            }
        }
        if (dow.equals("*") && plain.matches(".*\\b(weekdays?|week days|en semaine|jours ouvres|jours ouvrables|working days|business days)\\b.*")) {
            dow = "1-5";
        } else if (dow.equals("*") && plain.matches(".*\\b(every week|each week|weekly|once a week|chaque semaine|toutes les semaines|"
                + "une fois par semaine|hebdomadaire\\w*)\\b.*")) {
            dow = "1";
        } else if (plain.matches(".*\\b(every month|each month|monthly|once a month|chaque mois|tous les mois|une fois par mois|mensuel\\w*)\\b.*")) {
            dom = "1";
        }
        if (MONTH_END.matcher(plain).find()) {
            dom = "28";
        }
        Matcher monthDay = MONTH_DAY.matcher(plain);
        if (monthDay.find()) {
            int day = Character.isDigit(monthDay.group(1).charAt(0)) ? Integer.parseInt(monthDay.group(1)) : 1;
            dom = day >= 1 && day <= 28 ? String.valueOf(day) : dom;   // later days do not exist every month
        }
        String month = "*";
        if (QUARTERLY.matcher(plain).find()) {
            month = "1,4,7,10";   // "first day of each quarter", « chaque trimestre »: the months a quarter starts
            dom = dom.equals("*") ? "1" : dom;
        }
        return Optional.of(time[1] + " " + time[0] + " " + dom + " " + month + " " + dow);
    }

    /** {hour, minute} of the first clock time, or of morning/evening words; 8:00 by default. */
    private static int[] time(String plain) {
        Matcher heading = HEADING_CLOCK.matcher(plain);
        if (heading.find() && !plain.substring(heading.end()).matches("(?s)\\s*(?:[:h]\\d|am\\b|pm\\b).*")) {
            int hour = Integer.parseInt(heading.group(1));
            int minute = heading.group(2) == null ? 0 : Integer.parseInt(heading.group(2));
            if (hour < 24 && minute < 60) {
                return new int[] {hour, minute};
            }
        }
        Matcher m = CLOCK.matcher(plain);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String ampm = m.group(3) != null && m.group(3).endsWith("m") ? m.group(3) : m.group(4);
            if ("pm".equals(ampm) && hour < 12) {
                hour += 12;
            } else if ("am".equals(ampm) && hour == 12) {
                hour = 0;
            }
            if (hour < 24 && minute < 60) {
                return new int[] {hour, minute};
            }
        }
        Matcher at = AT_HOUR.matcher(plain);
        if (at.find() && Integer.parseInt(at.group(1)) < 24) {
            int hour = Integer.parseInt(at.group(1));
            boolean evening = plain.matches(".*\\b(evenings?|soirs?|pm|afternoons?|apres-midi)\\b.*")
                    || hour >= 7 && plain.matches(".*\\b(nights?|nightly|nuits?)\\b.*");   // "every night at 11" is 23:00, "at 2" stays 2:00
            return new int[] {evening && hour < 12 ? hour + 12 : hour, 0};
        }
        if (plain.matches(".*\\b(evenings?|soirs?|soirees?)\\b.*")) {   // "tous les soirs", "evenings": plural too
            return new int[] {18, 0};
        }
        if (plain.matches(".*\\b(noon|midi)\\b.*")) {
            return new int[] {12, 0};
        }
        if (plain.matches(".*\\b(midnight|minuit|nightly|nocturne)\\b.*")) {   // "nightly", « synchro nocturne »: at night
            return new int[] {0, 0};
        }
        return new int[] {8, 0};
    }

    /** The ISO-8601 duration of the first "N units" in the plain text. */
    static Optional<String> duration(String plain) {
        if (plain.matches(".*\\b(half an hour|demi-heure|demi heure)\\b.*")) {
            return Optional.of("PT30M");
        }
        Matcher m = DURATION.matcher(plain);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
        String unit = m.group(2);
        if (unit.startsWith("min")) {
            return Optional.of("PT" + count + "M");
        }
        if (unit.startsWith("h")) {
            return Optional.of("PT" + count + "H");
        }
        if (unit.startsWith("d") || unit.startsWith("j")) {
            return Optional.of("P" + count + "D");
        }
        return Optional.of("P" + (7 * count) + "D");
    }
}
