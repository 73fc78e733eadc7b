package org.parley.proposal.web;

/**
 * Which row button of the proposal form was pressed, if any: each re-renders the form
 * with the rows changed and saves nothing. Bound from the buttons' names and values
 * ({@code addPoint}, {@code removePoint=2}, {@code movePointUp=2} …).
 */
public class RowAction {

	private String addPoint;

	private Integer removePoint;

	private Integer movePointUp;

	private Integer movePointDown;

	private String addRelation;

	private String addCitation;

	/**
	 * Changes the form's rows as the pressed button says.
	 * @param form the submitted form
	 * @return whether a row button was pressed (so nothing is to be saved)
	 */
	boolean apply(ProposalForm form) {
		if (this.addPoint != null) {
			form.addPoint();
		}
		else if (this.removePoint != null) {
			form.removePoint(this.removePoint);
		}
		else if (this.movePointUp != null) {
			form.movePoint(this.movePointUp, -1);
		}
		else if (this.movePointDown != null) {
			form.movePoint(this.movePointDown, 1);
		}
		else if (this.addRelation != null) {
			form.addRelation();
		}
		else if (this.addCitation != null) {
			form.addCitation();
		}
		else {
			return false;
		}
		return true;
	}

	public void setAddPoint(String addPoint) {
		this.addPoint = addPoint;
	}

	public void setRemovePoint(Integer removePoint) {
		this.removePoint = removePoint;
	}

	public void setMovePointUp(Integer movePointUp) {
		this.movePointUp = movePointUp;
	}

	public void setMovePointDown(Integer movePointDown) {
		this.movePointDown = movePointDown;
	}

	public void setAddRelation(String addRelation) {
		this.addRelation = addRelation;
	}

	public void setAddCitation(String addCitation) {
		this.addCitation = addCitation;
	}

}
