package org.parley.topic.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.topic.Topic;
import org.parley.topic.TopicDetails;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a topic. A blank description counts as none. The version is
 * the one the admin saw.
 */
public class TopicForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	private Long version;

	@NotBlank(message = "{topic.form.name.required}")
	@Size(max = 200, message = "{topic.form.name.size}")
	private String name;

	@Size(max = 2000, message = "{topic.form.description.size}")
	private String description;

	static TopicForm of(Topic topic) {
		TopicForm form = new TopicForm();
		form.setVersion(topic.getVersion());
		form.setName(topic.getName());
		form.setDescription(topic.getDescription());
		return form;
	}

	TopicDetails toDetails() {
		return new TopicDetails(this.name, this.description);
	}

	/** Each field as shown, in form order, for comparing with someone else's change. */
	Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("description", this.description);
		return fields;
	}

	public MergeState getMerge() {
		return this.merge;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = FormText.trimmed(name);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = FormText.trimmed(description);
	}

}
