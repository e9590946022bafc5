package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Seventeenth round ({@link Labels}): a description laid out as "Trigger: …. Then: …" names its event after the label;
 * on sentences written for this test, none from an evaluation set.
 */
class PlannerRound17Test {

    @Test
    void triggerLabel_namesTheEvent() {
        assertThat(skeleton("Trigger: new card in Trello board Hiring. Then: post its name in Slack #recruiting.").trigger())
                .isEqualTo("trello.new_card");
    }

    @Test
    void triggerLabel_onTwoLines_namesTheEvent() {
        assertThat(skeleton("Trigger: new row in Google Sheet 'Orders'.\nThen: send a message to Slack #sales.").trigger())
                .isEqualTo("google_sheets.new_row");
    }

    @Test
    void frenchTriggerLabel_namesTheEvent() {
        assertThat(skeleton("Déclencheur : nouvelle carte Trello sur le tableau Recrutement. Puis : message Slack #rh.").trigger())
                .isEqualTo("trello.new_card");
    }

    @Test
    void textWithoutLabels_isUnchanged() {
        assertThat(Labels.rewrite("post in slack")).isEqualTo("post in slack");
    }
}
