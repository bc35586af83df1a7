import Foundation

/// Copies text with OSC 52, written straight to the controlling terminal so that curses'
/// idea of the screen is not disturbed.
enum Clipboard {
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
        guard let tty = FileHandle(forWritingAtPath: "/dev/tty") else { return }
        tty.write(Data(sequence.utf8))
        try? tty.close()
    }
}
