/// A speaker found for a stretch of speech: the phrase naming them and the cue word, when there is one.
struct CueMatch {
    var phrase: SpeakerPhrase
    /// Token index of the cue within the block, nil for "Lavrov: ..." or a continued speaker.
    var cue: Int?
}
