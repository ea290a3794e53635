package org.claimtracker.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the site may show: the topic labels stance badges name (one query per request). */
@ControllerAdvice(basePackageClasses = SiteModel.class)
class SiteModel {

    private final Topics topics;

    SiteModel(Topics topics) {
        this.topics = topics;
    }

    @ModelAttribute("topicLabels")
    Map<String, String> topicLabels() {
        return topics.all().stream().collect(Collectors.toMap(TopicOption::code, TopicOption::label));
    }
}
