import Foundation
import Testing
@testable import odysseyd

private func problems(_ method: String, _ path: String, _ body: String?) -> [OpenAPIProblem] {
    DiscordOpenAPI.shared.validate(method: method, path: path, body: body.map { Data($0.utf8) })
}

/// A JSON string literal of `count` copies of `character`.
private func text(_ character: Character, _ count: Int) -> String {
    "\"" + String(repeating: character, count: count) + "\""
}

@Suite("OpenAPI validator")
struct OpenAPIValidatorTests {
    @Test func theVendoredSpecLoadsAndUsesOnlyUnderstoodKeywords() throws {
        let api = DiscordOpenAPI.shared
        #expect(api.loadFailure == nil)
        // A newer spec using a keyword this validator skips must be noticed, not silently passed.
        #expect(api.ignoredKeywords.isEmpty, "\(api.ignoredKeywords)")
        #expect(api.operationsWithBodies.contains("POST /channels/{channel_id}/messages"))
        #expect(api.operationsWithBodies.count > 50)
    }

    @Test func aValidMessagePasses() {
        let body = #"""
        {"content": "Game night at 20:00", "tts": false,
         "embeds": [{"title": "Catan", "description": "4 seats", "color": 5793266,
                     "timestamp": "2026-11-30T20:00:00.000Z", "fields": [{"name": "Host", "value": "<@80351110224678912>", "inline": true}]}],
         "allowed_mentions": {"parse": ["users"]},
         "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Join", "custom_id": "game:join:42"}]}],
         "message_reference": {"message_id": "1234567890123456789"}, "nonce": "n-1"}
        """#
        let found = problems("POST", "/channels/123/messages", body)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func contentOverTwoThousandCharactersFails() {
        #expect(problems("POST", "/channels/123/messages", "{\"content\": \(text("a", 2000))}").isEmpty)
        let found = problems("POST", "/channels/123/messages", "{\"content\": \(text("a", 2001))}")
        #expect(found.map(\.description) == ["$.content: string longer than 2000"])
        #expect(found.first?.kind == .schema)
        // Characters are code points: 2000 emoji are 2000 characters, not 4000 UTF-16 units.
        #expect(problems("POST", "/channels/123/messages", "{\"content\": \(text("🎲", 2000))}").isEmpty)
    }

    @Test func theSpecsOwnContentLimitHoldsWithoutTheDocumentedOverride() throws {
        let spec = try Data(contentsOf: URL(fileURLWithPath: TestPaths.packageRoot + "/Tests/Fixtures/discord-api-spec/openapi.json"))
        let loose = try DiscordOpenAPI(data: spec, overrides: [])
        #expect(loose.validate(method: "POST", path: "/channels/1/messages", body: Data("{\"content\": \(text("a", 2001))}".utf8)).isEmpty)
        let found = loose.validate(method: "POST", path: "/channels/1/messages", body: Data("{\"content\": \(text("a", 4001))}".utf8))
        #expect(found.map(\.description) == ["$.content: string longer than 4000"])
    }

    @Test func nestedProblemsCarryTheirJSONPath() {
        let found = problems("POST", "/channels/123/messages", "{\"embeds\": [{\"title\": \"ok\"}, {\"title\": \(text("t", 257))}]}")
        #expect(found.map(\.description) == ["$.embeds[1].title: string longer than 256"])
    }

    @Test func aWrongTypeFails() {
        let found = problems("POST", "/channels/123/messages", #"{"content": 42}"#)
        #expect(found.map(\.description) == ["$.content: expected null or string, got integer"])
        let color = problems("POST", "/channels/123/messages", #"{"embeds": [{"color": "red"}]}"#)
        #expect(color.map(\.description) == ["$.embeds[0].color: expected integer or null, got string"])
    }

    @Test func numberLimitsAndFormatsAreChecked() {
        let found = problems("POST", "/channels/123/messages", #"{"embeds": [{"color": 16777216, "timestamp": "yesterday"}], "sticker_ids": ["12a"]}"#)
        #expect(found.map(\.description) == [
            "$.embeds[0].color: 16777216 is more than the maximum 16777215",
            "$.embeds[0].timestamp: \"yesterday\" is not an RFC 3339 date-time",
            "$.sticker_ids[0]: \"12a\" does not match ^(0|[1-9][0-9]*)$",
        ])
    }

    @Test func anUnknownFieldFailsWhereAdditionalPropertiesIsFalse() {
        // No request schema in Discord's spec closes its properties; `InnerErrors` (an error
        // response) is the one schema with `additionalProperties: false`.
        let api = DiscordOpenAPI.shared
        #expect(api.validate(json: Data(#"{"_errors": []}"#.utf8), schema: "InnerErrors").isEmpty)
        let found = api.validate(json: Data(#"{"_errors": [], "extra": 1}"#.utf8), schema: "InnerErrors")
        #expect(found.map(\.description) == [#"$.extra: unknown property "extra" (additionalProperties is false)"#])
        #expect(api.validate(json: Data("{}".utf8), schema: "InnerErrors").map(\.description) == [#"$: missing required property "_errors""#])
    }

    @Test func aValidGuildCommandListPasses() {
        let body = #"""
        [{"name": "roll", "description": "Roll dice", "type": 1, "contexts": [0],
          "options": [{"type": 3, "name": "dice", "description": "For example 2d6+1", "required": true, "max_length": 100},
                      {"type": 5, "name": "private", "description": "Only you see the result"}]},
         {"name": "initiative", "description": "Initiative tracker",
          "options": [{"type": 1, "name": "start", "description": "Start a tracker"}]}]
        """#
        let found = problems("PUT", "/applications/111/guilds/222/commands", body)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aCommandNameLongerThanThirtyTwoFails() {
        let found = problems("PUT", "/applications/111/guilds/222/commands", "[{\"name\": \(text("x", 33)), \"description\": \"d\"}]")
        #expect(found.map(\.description) == ["$[0].name: string longer than 32"])
        let missing = problems("PUT", "/applications/111/guilds/222/commands", #"[{"description": "no name"}]"#)
        #expect(missing.map(\.description) == [#"$[0]: missing required property "name""#])
    }

    @Test func anInteractionMessageReplyPasses() {
        let body = #"{"type": 4, "data": {"content": "You rolled 7", "flags": 64, "allowed_mentions": {"parse": []}}}"#
        let found = problems("POST", "/interactions/333/aW50ZXJhY3Rpb246dG9rZW4/callback", body)
        #expect(found.isEmpty, "\(found)")
        #expect(problems("POST", "/interactions/333/token/callback", #"{"type": 5}"#).isEmpty)
    }

    @Test func aFailedUnionReportsItsClosestBranch() {
        let found = problems("POST", "/interactions/333/token/callback", "{\"type\": 4, \"data\": {\"content\": \(text("b", 2001))}}")
        #expect(found.map(\.description) == [
            "$: matches none of the 7 anyOf branches; closest is CreateMessageInteractionCallbackRequest",
            "$.data.content: string longer than 2000",
        ])
        let button = #"{"type": 4, "data": {"components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Join", "custom_id": 5}]}]}}"#
        let deep = problems("POST", "/interactions/333/token/callback", button)
        #expect(deep.last?.description == "$.data.components[0].components[0].custom_id: expected null or string, got integer")
        #expect(deep.contains { $0.description.hasSuffix("closest is ButtonComponentForMessageRequest") })
    }

    @Test func anUnknownCallbackTypeNamesTheAllowedValues() {
        let found = problems("POST", "/interactions/333/token/callback", #"{"type": 44}"#)
        #expect(found.contains { $0.path == "$.type" && $0.message.hasPrefix("44 is not one of [1 (PONG), 4 (CHANNEL_MESSAGE_WITH_SOURCE)") })
    }

    @Test func anUnknownPathIsReported() {
        #expect(problems("GET", "/nowhere/123", nil).map(\.kind) == [.unknownPath])
        // Snowflake segments must be digits.
        #expect(problems("POST", "/channels/general/messages", "{}").map(\.kind) == [.unknownPath])
    }

    @Test func aWrongMethodIsReported() {
        let found = problems("DELETE", "/channels/123/messages", nil)
        #expect(found.map(\.kind) == [.methodNotAllowed])
        #expect(found.first?.message == "DELETE is not allowed on /channels/{channel_id}/messages (allowed: GET, POST)")
    }

    @Test func bodiesMustBeThereExactlyWhenTheOperationTakesOne() {
        #expect(problems("POST", "/channels/123/messages", nil).map(\.kind) == [.missingBody])
        #expect(problems("GET", "/channels/123/messages", "{}").map(\.kind) == [.unexpectedBody])
        #expect(problems("DELETE", "/channels/123/messages/456", "").isEmpty)
        #expect(problems("POST", "/channels/123/messages", "{\"content\": ").map(\.kind) == [.invalidJSON])
    }

    @Test func literalSegmentsPrefixesAndQueriesAreMatched() {
        #expect(problems("GET", "/users/@me", nil).isEmpty)
        #expect(problems("PUT", "/channels/1/messages/2/reactions/%F0%9F%8E%B2/@me", nil).isEmpty)
        #expect(problems("PATCH", "/api/v10/webhooks/1/tok/messages/@original?thread_id=3", #"{"content": "edited"}"#).isEmpty)
        let edit = problems("PATCH", "/webhooks/1/tok/messages/@original", "{\"content\": \(text("c", 2001))}")
        #expect(edit.map(\.description) == ["$.content: string longer than 2000"])
    }

    @Test func multipartOnlyOperationsCheckTheirFormFields() {
        // The sticker's `file` part is binary, so a JSON body is never faulted for lacking it.
        #expect(problems("POST", "/guilds/1/stickers", #"{"name": "d20", "tags": "dice"}"#).isEmpty)
        let found = problems("POST", "/guilds/1/stickers", #"{"name": "d", "tags": "dice"}"#)
        #expect(found.map(\.description) == ["$.name: string shorter than 2"])
    }

    @Test func referenceCyclesAreFollowedAndBounded() throws {
        let spec = #"""
        {"openapi": "3.1.0", "paths": {
           "/trees/{tree_id}": {"parameters": [{"name": "tree_id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/SnowflakeType"}}],
                                "put": {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}},
           "/loops": {"post": {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
         "components": {"schemas": {
           "SnowflakeType": {"type": "string", "pattern": "^(0|[1-9][0-9]*)$", "format": "snowflake"},
           "Node": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 3}, "child": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Node"}]}}},
           "A": {"allOf": [{"$ref": "#/components/schemas/B"}]},
           "B": {"allOf": [{"$ref": "#/components/schemas/A"}]}}}}
        """#
        let api = try DiscordOpenAPI(data: Data(spec.utf8), overrides: [])
        let deep = #"{"name": "a", "child": {"name": "b", "child": {"name": "long", "child": null}}}"#
        let found = api.validate(method: "PUT", path: "/trees/7", body: Data(deep.utf8))
        #expect(found.map(\.description) == ["$.child.child.name: string longer than 3"])
        let loop = api.validate(method: "POST", path: "/loops", body: Data("{}".utf8))
        #expect(loop.map(\.description) == ["$: $ref cycle through A never reaches a value"])
    }

    @Test func concurrentValidationsAgree() async {
        let body = "{\"content\": \(text("a", 2001))}"
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask { problems("POST", "/channels/123/messages", body).map(\.description) }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(Set(results) == [["$.content: string longer than 2000"]])
    }
}
