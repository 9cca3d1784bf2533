package org.aftersales.parts.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/** 备件目录: parts by part number, and which newer part replaces which. */
@ApplicationScoped
public class Catalogue {

    /** Supersession chains end within this many steps (a longer one is a data error). */
    private static final int LONGEST_CHAIN = 50;

    @Transactional
    public PartView add(NewPart body, String by) {
        if (Part.findById(body.partNumber()) != null) {
            throw ProblemException.conflict("Part " + body.partNumber() + " is already in the catalogue");
        }
        Part part = new Part();
        part.partNumber = body.partNumber();
        part.nameZh = body.nameZh().strip();
        part.nameEn = body.nameEn() == null || body.nameEn().isBlank() ? null : body.nameEn().strip();
        part.category = body.category();
        part.unit = body.unit().strip();
        part.fitsModels = body.fitsModels() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(body.fitsModels().stream()
                        .map(String::strip).toList()));
        part.unitCost = body.unitCost();
        part.contractPrice = body.contractPrice();
        part.serialTracked = body.serialTracked();
        part.createdBy = by;
        part.createdAt = Instant.now();
        part.persist();
        return PartView.of(part, part.partNumber);
    }

    /** The part, or 404. */
    public Part require(String partNumber) {
        Part part = Part.findById(partNumber);
        if (part == null) {
            throw ProblemException.notFound("part", partNumber);
        }
        return part;
    }

    public PartView view(String partNumber) {
        Part part = require(partNumber);
        return PartView.of(part, current(part));
    }

    public PartPage list(String model, PartCategory category, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (model != null) {
            where.append(" and :model member of fitsModels");
            parameters.put("model", model);
        }
        if (category != null) {
            where.append(" and category = :category");
            parameters.put("category", category);
        }
        var query = Part.<Part>find(where + " order by partNumber", parameters);
        List<PartView> items = query.page(page, size).list().stream().map(p -> PartView.of(p, current(p))).toList();
        return new PartPage(items, page, size, query.count());
    }

    /**
     * Names the newer part that replaces this one. Refused when the newer part is unknown (400), or when it would make
     * a circle (409: a part cannot replace itself, directly or through others).
     */
    @Transactional
    public PartView supersede(String partNumber, Supersession body) {
        Part part = require(partNumber);
        Part newer = Part.findById(body.supersededBy());
        if (newer == null) {
            throw ProblemException.badRequest("The newer part is not in the catalogue",
                    List.of(new FieldProblem("supersededBy", "no part " + body.supersededBy() + " in the catalogue")));
        }
        if (chain(newer).contains(part.partNumber)) {
            throw ProblemException.conflict("Part " + body.supersededBy() + " is already replaced by " + partNumber
                    + ", directly or through others; a supersession cannot go round in a circle");
        }
        part.supersededBy = newer.partNumber;
        return PartView.of(part, current(part));
    }

    /** The part to use today in place of this one: the end of its supersession chain. */
    public String current(Part part) {
        List<String> chain = chain(part);
        return chain.getLast();
    }

    private static List<String> chain(Part part) {
        List<String> chain = new ArrayList<>(List.of(part.partNumber));
        Set<String> seen = new HashSet<>(chain);
        Part at = part;
        while (at.supersededBy != null && chain.size() < LONGEST_CHAIN) {
            at = Part.findById(at.supersededBy);
            if (at == null || !seen.add(at.partNumber)) {
                break;
            }
            chain.add(at.partNumber);
        }
        return chain;
    }
}
