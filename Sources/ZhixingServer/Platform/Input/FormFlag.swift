/// A yes/no value as HTML forms and people send it: a ticked checkbox without a `value` sends `on`, ours send
/// `true`; a link may carry `1` or `yes`. Every checkbox and flag in a query is read here.
enum FormFlag {
    /// `true`/`on`/`1`/`yes` → true, `false`/`off`/`0`/`no` → false, anything else `nil` (a query's 400).
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "on", "1", "yes": true
        case "false", "off", "0", "no": false
        default: nil
        }
    }

    /// Whether a checkbox was ticked: absent, empty or anything but a yes is no.
    static func isOn(_ text: String?) -> Bool { text.flatMap(parse) ?? false }
}
