import ZhixingServer

try await Zhixing.main(arguments: CommandLine.arguments)
