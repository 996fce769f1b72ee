package se.helhet.access;

import java.util.Map;

/** One record kind at one address, with the answer each user should get. */
record AccessRow(String kind, String template, String path, boolean page, boolean personal,
                 Map<String, Integer> expected) {
}
