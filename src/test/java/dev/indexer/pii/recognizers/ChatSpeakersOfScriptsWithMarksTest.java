package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers of a chat whose names are written in scripts with vowel signs (Thai, Devanagari,
 * Bengali): the signs are marks, not letters, and belong to the name ("ปิยะนุช", "पूजा").
 */
class ChatSpeakersOfScriptsWithMarksTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void thaiAndHindiSpeakersWithTheirVowelSigns() {
    assertThat(
            Spans.of(
                person,
                "LINE · กลุ่มบ้าน\nวิไลวรรณ: พรุ่งนี้ไปตลาดกี่โมงคะ\n"
                    + "ประเสริฐ สุขใจ: แปดโมงเช้า\nวิไลวรรณ: โอเคค่ะ\n"))
        .contains("วิไลวรรณ", "ประเสริฐ สุขใจ");
    assertThat(
            Spans.of(
                person,
                "व्हाट्सऐप · परिवार\nसुनीता वर्मा: रिपोर्ट आ गई क्या?\nपूजा: हाँ, सब ठीक है।\n"
                    + "सुनीता वर्मा: अच्छा है\n"))
        .contains("पूजा", "सुनीता वर्मा");
  }

  @Test
  void notASellerOrACustomerOfAThaiShopsChat() {
    assertThat(
            Spans.of(
                person,
                "แชทร้านค้า\nลูกค้า: ของยังมีไหมคะ\nผู้ขาย: มีค่ะ ส่งได้พรุ่งนี้\nลูกค้า: โอเคค่ะ\n"))
        .isEmpty();
  }
}
