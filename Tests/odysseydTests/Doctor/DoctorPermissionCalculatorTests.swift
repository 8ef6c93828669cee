import Testing
@testable import odysseyd

@Suite("Doctor permission calculator")
struct DoctorPermissionCalculatorTests {
    let guild = Snowflake(100)
    let bot = Snowflake(1)
    var roles: [Role] {
        [Role(id: guild, name: "@everyone", position: 0, permissions: [.viewChannel, .sendMessages]),
         Role(id: Snowflake(200), name: "Bot", position: 2, permissions: [.manageRoles]),
         Role(id: Snowflake(300), name: "Admin", position: 3, permissions: [.administrator])]
    }

    @Test func baseIsEveryoneAndRolesAllForOwnerOrAdministrator() {
        let math = PermissionCalculator(guildID: guild, ownerID: Snowflake(9), roles: roles)
        #expect(math.base(userID: bot, roleIDs: [Snowflake(200)]) == [.viewChannel, .sendMessages, .manageRoles])
        #expect(math.base(userID: bot, roleIDs: [Snowflake(300)]) == .all)
        #expect(math.base(userID: Snowflake(9), roleIDs: []) == .all)
        #expect(math.highestPosition(roleIDs: [Snowflake(200)]) == 2)
    }

    @Test func overwritesApplyEveryoneThenRolesThenMember() {
        let math = PermissionCalculator(guildID: guild, ownerID: nil, roles: roles)
        let base = math.base(userID: bot, roleIDs: [Snowflake(200)])
        let overwrites = [
            PermissionOverwrite(id: guild, type: .role, allow: [], deny: [.sendMessages, .viewChannel]),
            PermissionOverwrite(id: Snowflake(200), type: .role, allow: [.viewChannel], deny: []),
            PermissionOverwrite(id: bot, type: .member, allow: [.embedLinks], deny: [.manageRoles]),
        ]
        #expect(math.channel(base: base, userID: bot, roleIDs: [Snowflake(200)], overwrites: overwrites) == [.viewChannel, .embedLinks])
        #expect(math.channel(base: .all, userID: bot, roleIDs: [], overwrites: overwrites) == .all, "administrators ignore overwrites")
    }
}
