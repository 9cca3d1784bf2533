package org.aftersales.complaint.handling;

import java.util.List;

/** A page of complaints, newest first, and how many match in all. */
public record ComplaintPage(List<ComplaintView> items, int page, int size, long total) {
}
