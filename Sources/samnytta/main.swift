print("samnytta")
