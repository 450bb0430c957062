package org.zhaokao.written.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.marking.MarkingQuestion;
import org.zhaokao.written.domain.marking.MarkingTask;
import org.zhaokao.written.domain.marking.Script;
import org.zhaokao.written.domain.marking.TaskState;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.sitting.Answer;
import org.zhaokao.written.domain.sitting.Attempt;

/**
 * Builds what a marker sees of a task. The script row is read for its code only: the application it
 * belongs to never leaves this class.
 */
@Stateless
public class TaskViews {

  @PersistenceContext(unitName = "written-exam")
  private EntityManager em;

  @Inject private MarkingRecords records;
  @Inject private Sitting sitting;

  public TaskView of(MarkingTask t) {
    Script script = records.script(t.scriptId());
    MarkingQuestion q = records.question(t.questionId());
    ItemContent item = em.find(Item.class, q.itemId()).content();
    Paper paper = em.find(Paper.class, script.paperId());
    Attempt attempt = sitting.attemptOf(paper).orElseThrow();
    Answer answer = em.find(Answer.class, new Answer.Key(attempt.id(), t.questionNo()));
    return new TaskView(
        t.id(),
        script.code(),
        item.stem(),
        q.points(),
        item.key(),
        answer == null ? "" : answer.response(),
        t.state() == TaskState.ARBITRATION);
  }
}
